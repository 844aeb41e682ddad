# Read by CPack for each generator it runs (CPACK_PROJECT_CONFIG_FILE): settings that
# differ between the Debian packages and the tarballs.
if(CPACK_GENERATOR STREQUAL "TGZ")
    # latchkey-<version>-Linux/bin/..., as before the packages were split.
    set(CPACK_COMPONENT_INCLUDE_TOPLEVEL_DIRECTORY ON)
endif()
